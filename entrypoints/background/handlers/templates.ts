// Quick-reply templates (filled and checked where they are used; here only kept).
import type { RequestOf } from '../../../lib/protocol/messages';
import type { Template } from '../../../lib/templates/model';
import * as templates from '../db/templates-repo';
import type { HandlerContext } from '../context';

export function listTemplates({ db }: HandlerContext): Promise<Template[]> {
  return templates.listTemplates(db);
}

export function saveTemplate({ db }: HandlerContext, request: RequestOf<'saveTemplate'>): Promise<Template[]> {
  return templates.putTemplate(db, request.template);
}

export function deleteTemplate({ db }: HandlerContext, request: RequestOf<'deleteTemplate'>): Promise<Template[]> {
  return templates.deleteTemplate(db, request.id);
}
