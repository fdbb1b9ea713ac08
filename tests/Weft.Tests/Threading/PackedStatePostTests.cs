using System;
using System.Collections.Generic;
using System.Threading;
using Weft.Internal;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// A <c>Post&lt;TState&gt;</c> whose state is an unmanaged value of up to 4 bytes carries it in its cell's invoker
/// word (64-bit processes), not in the ring's small-word array: the loop reads the cell anyway, and with the loop
/// right behind a producer a state in another line cost that producer a second line transfer per post (twice the time
/// of a post of a delegate; docs/benchmarks.md, "One producer, post8").
/// </summary>
public sealed class PackedStatePostTests
{
    [Fact]
    public void A_state_of_up_to_4_bytes_rides_in_its_cell_and_leaves_the_small_word_alone()
    {
        Assert.True(IntPtr.Size == sizeof(long), "packed states are for 64-bit processes; this test runs in one");
        using Dispatcher dispatcher = Dispatcher.Start("packed-state");
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        dispatcher.Post(() =>
        {
            entered.Set();
            release.Wait(TestWait.Timeout);
        });
        entered.Wait("the loop to start the holding post");

        var received = new List<int>();
        try
        {
            // The loop is held: the next posts stay in the ring as their producers wrote them.
            PostRing ring = dispatcher.Queue.TailRing;
            long first = ring.ClaimedCount;
            dispatcher.Post<int>(received.Add, unchecked((int)0xA5A5_A5A5));
            dispatcher.Post<short>(value => received.Add(value), -2);
            // A zero state still makes a non-zero (visible) invoker word, or the loop would never run this post.
            dispatcher.Post<int>(received.Add, 0);
            Assert.Equal(first + 3, ring.ClaimedCount);
            for (long position = first; position < first + 3; position++)
            {
                Assert.True(ring.SmallWordAt(position) == 0, $"the post at position {position - first} wrote its state into the small-word array");
            }
        }
        finally
        {
            release.Set();
        }

        // Posts run in order, so this call's result is read after the three posts ran.
        Assert.Equal([unchecked((int)0xA5A5_A5A5), -2, 0], dispatcher.Invoke(() => received.ToArray()));
    }
}
