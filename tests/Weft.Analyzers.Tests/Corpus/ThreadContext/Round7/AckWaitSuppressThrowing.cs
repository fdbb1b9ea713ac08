// Pub/sub broker on a worker: after fanning a message out, the worker waits (bounded) for the durable store's ack with
// ConfigureAwaitOptions.SuppressThrowing — a constant without ContinueOnCapturedContext — then counts the delivery in
// its per-worker stats read through Current. One-token twin: ContinueOnCapturedContext | SuppressThrowing.
using System;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.AckWaitSuppressThrowing;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DeliveryStats
{
    public long Acked { get; set; }
    public long TimedOut { get; set; }
}

public interface IDurableStore
{
    Task AppendAsync(string topic, ReadOnlyMemory<byte> payload);
}

public sealed class DurableFanOut
{
    private readonly IDurableStore _store;

    public DurableFanOut(IDurableStore store) => _store = store;

    public async Task PublishAsync(string topic, ReadOnlyMemory<byte> payload)
    {
        Task ack = _store.AppendAsync(topic, payload).WaitAsync(TimeSpan.FromSeconds(2));
        await ack.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        DeliveryStats stats = DeliveryStats.Current; // expect: WEFT0005
        if (ack.IsCompletedSuccessfully) stats.Acked++;
        else stats.TimedOut++;
    }
}

public static class AckPolicy
{
    public const int TimeoutSeconds = 2;

    public static bool ShouldRetry(long timedOut, long acked) => timedOut > 0 && timedOut * 10 > acked;

    public static string Describe(long acked, long timedOut) => $"acked {acked}, timed out {timedOut}";
}
