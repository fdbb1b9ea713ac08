// Quiet twin of OrderSequenceExchange: the sequence comes from one Interlocked.Increment.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.OrderSequenceExchange;

public sealed record OutboundOrder(long Sequence, string Symbol, long Quantity);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class OrderStamper
{
    private static long s_sequence;
    private readonly List<OutboundOrder> _sent = new();

    public OutboundOrder Stamp(string symbol, long quantity)
    {
        long sequence = NextSequence();
        var order = new OutboundOrder(sequence, symbol, quantity);
        _sent.Add(order);
        return order;
    }

    private static long NextSequence()
    {
        return Interlocked.Increment(ref s_sequence);
    }

    public int Sent => _sent.Count;
}

public static class OrderIds
{
    public static string Format(OutboundOrder order) => $"{order.Sequence:D12}-{order.Symbol}";

    public static bool IsLarge(OutboundOrder order, long threshold) => order.Quantity >= threshold;
}

public static class SequenceRules
{
    public static bool IsGap(long last, long next) => next > last + 1;

    public static long Missing(long last, long next) => System.Math.Max(0, next - last - 1);
}
