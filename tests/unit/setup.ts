// happy-dom has no IndexedDB: the background's store is tested on fake-indexeddb.
import 'fake-indexeddb/auto';
