// A helper constructed over the worker's dictionary, whose Start clears it from Task.Run.
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

namespace Corpus.WorkerState.Round10.HelperObjectStartsTaskRun;

public sealed class Flusher
{
    private readonly Dictionary<string, int> _hits;
    private readonly Dispatcher _home;

    public Flusher(Dictionary<string, int> hits)
    {
        _hits = hits;
        _home = Dispatcher.Current!;
    }

    public void Start() => Task.Run(() => _hits.Clear());
}
