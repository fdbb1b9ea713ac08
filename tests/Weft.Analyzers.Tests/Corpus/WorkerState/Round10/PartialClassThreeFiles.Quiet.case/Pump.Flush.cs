// The second part posts the clear to the loop Attach saw.
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

namespace Corpus.WorkerState.Round10.PartialClassThreeFilesQuiet;

public sealed partial class Pump
{
    public void Flush() =>
        _home?.Post(() => _pending?.Clear());
}
