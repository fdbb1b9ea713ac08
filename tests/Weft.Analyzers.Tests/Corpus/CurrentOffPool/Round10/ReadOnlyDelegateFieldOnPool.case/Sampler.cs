// A read-only delegate field initialized with a lambda that reads Current, handed to Task.Run by another method. #escape: the read or the hand-off.
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

namespace Corpus.CurrentOffPool.Round10.ReadOnlyDelegateFieldOnPool;

public sealed class Sampler
{
    private readonly Func<int> _read = () => SessionCache.Current.Hits.Count; // expect: WEFT0005 #escape

    public Task<int> SampleAsync() => Task.Run(_read); // expect: WEFT0005 #escape
}
