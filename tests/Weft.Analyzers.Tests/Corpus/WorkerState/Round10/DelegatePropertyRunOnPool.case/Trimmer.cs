// A helper whose get-only delegate property, assigned in its constructor, clears the worker's dictionary it was given; another class runs the delegate on the pool.
// #escape: where the helper is built or where its delegate is handed to Task.Run.
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

namespace Corpus.WorkerState.Round10.DelegatePropertyRunOnPool;

public sealed class Trimmer
{
    public Trimmer(IDictionary<string, int> hits) => Trim = () => hits.Clear();

    public Action Trim { get; }
}

public static class Maintenance
{
    public static Task Run()
    {
        var trimmer = new Trimmer(SessionCache.Current.Hits); // expect: WEFT0004 #escape
        return Task.Run(trimmer.Trim); // expect: WEFT0004 #escape
    }
}
