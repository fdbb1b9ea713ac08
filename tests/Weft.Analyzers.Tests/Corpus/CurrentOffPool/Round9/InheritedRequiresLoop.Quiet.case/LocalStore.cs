using System.Collections.Generic;

namespace Corpus.CurrentOffPool.R9.InheritedRequiresLoop;

public sealed class LocalStore : StoreBase
{
    private readonly List<string> _pending = new();

    public override void FlushLocal() => _pending.Clear();
}
