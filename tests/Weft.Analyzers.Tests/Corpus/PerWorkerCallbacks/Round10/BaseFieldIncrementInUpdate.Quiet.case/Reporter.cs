// A base class in its own file with a protected instance counter.
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

namespace Corpus.PerWorkerCallbacks.Round10.BaseFieldIncrementInUpdateQuiet;

public abstract class Reporter
{
    protected int Visited;

    public int VisitedWorkers => Volatile.Read(ref Visited);
}
