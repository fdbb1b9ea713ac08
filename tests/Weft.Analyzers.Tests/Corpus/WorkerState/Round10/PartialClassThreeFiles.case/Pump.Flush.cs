// The second part clears the field's list from a thread-pool work item.
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

namespace Corpus.WorkerState.Round10.PartialClassThreeFiles;

public sealed partial class Pump
{
    public void Flush() =>
        ThreadPool.QueueUserWorkItem(_ => _pending?.Clear()); // expect: WEFT0004
}
