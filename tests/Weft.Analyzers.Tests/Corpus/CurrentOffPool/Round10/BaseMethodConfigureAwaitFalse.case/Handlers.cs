// A base class's template method awaits with ConfigureAwait(false) and then calls an
// abstract hook whose override reads Current. #escape: the read in the override or the hook's call site.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.CurrentOffPool.Round10.BaseMethodConfigureAwaitFalse;

public abstract class Handler
{
    public async Task<int> HandleAsync()
    {
        await Task.Delay(1).ConfigureAwait(false);
        return Read(); // expect: WEFT0005 #escape
    }

    protected abstract int Read();
}

public sealed class HitHandler : Handler
{
    protected override int Read() => SessionCache.Current.Hits.Count; // expect: WEFT0005 #escape
}
