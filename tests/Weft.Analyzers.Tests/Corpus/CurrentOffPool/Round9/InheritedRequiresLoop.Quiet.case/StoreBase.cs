// WEFT0005 across files: a base class (this file) marks a virtual member [RequiresLoopThread] (the attribute is
// declared Inherited = true); the override in LocalStore.cs carries no attribute of its own; Sync.cs calls the override
// through the derived type after ConfigureAwait(false). Reading taken: an override of a loop-only member is loop-only.
using Weft;

namespace Corpus.CurrentOffPool.R9.InheritedRequiresLoop;

public abstract class StoreBase
{
    [RequiresLoopThread]
    public abstract void FlushLocal();
}
