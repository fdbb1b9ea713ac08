// Worker code ([WorkerUpdate] of a per-worker type) calls the shared instance's Append: another type's helper, so
// reported at the worker code's call (the page).
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

namespace Corpus.StaticWrites.Round10.SharedInstanceServiceCallQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Gateway
{
    [WorkerUpdate]
    private void Audit(string host) => AuditLog.Shared.Append(host);
}
