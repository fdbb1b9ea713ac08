// WEFT0006: a static MemoryStream (a non-thread-safe object, like the page's StringBuilder) written from a [WorkerUpdate]
// method on every worker at once.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.StaticMemoryStreamWrite;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class AuditLog
{
    private static readonly MemoryStream s_journal = new();

    [WorkerUpdate]
    private void Append(byte[] record) => s_journal.Write(record, 0, record.Length); // expect: WEFT0006
}
