using Weft.Internal;

namespace Weft.Tests.FailureSemantics;

/// <summary>Defect 5: the queue-depth gauge must not spike while a ring segment is being frozen.</summary>
public sealed class QueueDepthTests
{
    [Fact]
    public void A_ring_caught_between_the_freeze_and_its_flag_reports_its_true_count()
    {
        var ring = new RingSegment<int>(8);
        for (int i = 0; i < 5; i++)
        {
            Assert.True(ring.TryEnqueue(i));
        }

        Assert.True(ring.TryDequeueSingleConsumer(out _));

        long claimed = ring.BeginFreeze();

        Assert.Equal(5, claimed);
        Assert.Equal(5, ring.ClaimedCount);
        Assert.Equal(4, ring.ClaimedCount - ring.DequeuedCount);
        Assert.False(ring.TryEnqueue(9));
        ring.CompleteFreeze(claimed);
        Assert.Equal(5, ring.ClaimedCount);
    }

    [Fact]
    public void A_full_ring_mid_freeze_reports_its_capacity()
    {
        var ring = new RingSegment<int>(4);
        for (int i = 0; i < 4; i++)
        {
            Assert.True(ring.TryEnqueue(i));
        }

        ring.BeginFreeze();

        Assert.Equal(4, ring.ClaimedCount - ring.DequeuedCount);
    }
}
