// A base class (its own file) that takes the worker's counters in its constructor and keeps them in a protected field.
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

namespace Corpus.WorkerState.Round10.BaseClassKeepsSlotValue;

public abstract class WorkerComponent
{
    protected readonly Dictionary<string, long> Counters;

    protected WorkerComponent() => Counters = MetricsState.Current.Counters;
}
