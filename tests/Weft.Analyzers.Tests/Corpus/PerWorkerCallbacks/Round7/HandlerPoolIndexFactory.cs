// Pub/sub broker: startup pre-builds a few delivery handlers and the per-worker factory hands them out by a captured
// index — incremented from every worker's factory call at once, and once the array runs out every later worker
// gets the last one again (a shared instance). Twin: each worker builds its own handler.
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
        var handlers = new DeliveryHandler[Math.Max(1, prebuilt)];
        for (int i = 0; i < handlers.Length; i++) handlers[i] = new DeliveryHandler(batchSize);
        int next = 0;
        DeliveryHandler.Initialize(pool, _ => handlers[Math.Min(next++, handlers.Length - 1)]); // expect: WEFT0008
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
