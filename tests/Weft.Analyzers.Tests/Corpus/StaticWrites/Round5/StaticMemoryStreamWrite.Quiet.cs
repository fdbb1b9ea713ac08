// Quiet twin of StaticMemoryStreamWrite: each worker writes its own (instance) MemoryStream.
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

namespace Corpus5b.StaticMemoryStreamWriteQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class AuditLog
{
    private readonly MemoryStream _journal = new();

    [WorkerUpdate]
    private void Append(byte[] record) => _journal.Write(record, 0, record.Length);
}
