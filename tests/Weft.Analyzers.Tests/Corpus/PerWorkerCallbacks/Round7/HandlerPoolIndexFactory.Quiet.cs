// Quiet twin of HandlerPoolIndexFactory: every worker builds its own handler.
using System;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.HandlerPoolIndexFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DeliveryHandler
{
    public DeliveryHandler(int batchSize) => Buffer = new byte[batchSize * 512];

    public byte[] Buffer { get; }
    public int Used { get; set; }
}

public static class DeliveryStartup
{
    public static void Configure(WorkerPool pool, int prebuilt, int batchSize)
    {
        DeliveryHandler.Initialize(pool, _ => new DeliveryHandler(batchSize));
    }
}
