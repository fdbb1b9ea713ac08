// A helper whose get-only delegate property, assigned in its constructor, 
// clears a concurrent dictionary the worker hands over for trimming; another class runs the delegate on the pool.
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

namespace Corpus.WorkerState.Round10.DelegatePropertyRunOnPoolQuiet;

public sealed class Trimmer
{
    public Trimmer(IDictionary<string, int> hits) => Trim = () => hits.Clear();

    public Action Trim { get; }
}

public static class Maintenance
{
    public static Task Run()
    {
        var trimmer = new Trimmer(new ConcurrentDictionary<string, int>(SessionCache.Current.Hits));
        return Task.Run(trimmer.Trim);
    }
}
