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

public static class DeliveryLimits
{
    public const int MinBatch = 1;
    public const int MaxBatch = 512;

    public static int ClampBatch(int requested) => Math.Clamp(requested, MinBatch, MaxBatch);

    public static int BufferBytes(int batchSize) => ClampBatch(batchSize) * 512;

    public static string Describe(int prebuilt, int batchSize) =>
        $"{prebuilt} prebuilt handlers, batches of {ClampBatch(batchSize)} ({BufferBytes(batchSize)} bytes)";
}

public static class DeliveryNames
{
    public static string HandlerName(int index) => $"delivery-{index}";

    public static bool IsOverflow(int index, int count) => index >= count;
}
