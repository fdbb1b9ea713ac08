using System;
using System.Collections.Generic;
using System.Threading;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// <c>Post&lt;TState&gt;</c> copies unmanaged states of up to 128 bytes into the queue's ring (up to 8 bytes into a
/// position's small word, larger ones into inline words, one position per 32 bytes), keeps references in the post's
/// state slot, and carries everything else in a pooled holder. Every state carries its
/// sequence number in each of its fields, so a state read from the wrong positions, torn, or split across the ring's
/// wrap shows up as a mismatch, and a run of posts that skipped or repeated positions as an order break.
/// </summary>
public sealed class InlineStatePostTests
{
    private const int Posts = 5_000;

    public static IEnumerable<object[]> SizeClasses() =>
    [
        ["1 byte", (Func<Dispatcher, string?>)(d => RoundTrip(d, i => new S1((byte)i), s => s.A, s => s.A == s.A))],
        ["4 bytes", (Func<Dispatcher, string?>)(d => RoundTrip(d, i => new S4(i), s => s.A, _ => true))],
        ["8 bytes", (Func<Dispatcher, string?>)(d => RoundTrip(d, i => new S8(i), s => s.A, _ => true))],
        ["12 bytes", (Func<Dispatcher, string?>)(d => RoundTrip(d, i => new S12(i, i, i), s => s.A, s => s.B == s.A && s.C == s.A))],
        ["24 bytes", (Func<Dispatcher, string?>)(d => RoundTrip(d, i => new S24(i, i, i), s => s.A, s => s.B == s.A && s.C == s.A))],
        ["64 bytes", (Func<Dispatcher, string?>)(d => RoundTrip(d, S64.Of, s => s.A, s => s.IsWhole))],
        ["128 bytes (the largest inline)", (Func<Dispatcher, string?>)(d => RoundTrip(d, S128.Of, s => s.First.A, s => s.IsWhole))],
        ["136 bytes (a pooled holder)", (Func<Dispatcher, string?>)(d => RoundTrip(d, S136.Of, s => s.Inner.First.A, s => s.IsWhole))],
        ["a value state holding a reference (a pooled holder)", (Func<Dispatcher, string?>)(d => RoundTrip(d, i => new WithReference(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i), s => s.Number, s => s.Text == s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
        ["a reference state", (Func<Dispatcher, string?>)(d => RoundTrip(d, i => new Box(i), s => s.Value, _ => true))],
    ];

    [Theory]
    [MemberData(nameof(SizeClasses))]
    public void Every_state_size_arrives_whole_and_in_order_across_ring_wraps_and_growth(string sizeClass, Func<Dispatcher, string?> roundTrip)
    {
        using Dispatcher dispatcher = Dispatcher.Start("inline-" + sizeClass);
        // First with the loop held, so the burst outgrows the first ring; then freely, so posts wrap a reused ring.
        string? failure = roundTrip(dispatcher) ?? roundTrip(dispatcher);
        Assert.True(failure is null, $"{sizeClass}: {failure}");
    }

    [Fact]
    public void A_throwing_callback_with_an_inline_state_leaves_the_loop_at_the_next_post()
    {
        int thrown = 0;
        using Dispatcher dispatcher = Dispatcher.Start("inline-throw", new DispatcherOptions
        {
            UnhandledExceptionHandler = (_, ex) =>
            {
                if (ex is InvalidOperationException { Message: "inline state" })
                {
                    thrown++;
                }
            },
        });
        using var gate = new ManualResetEventSlim();
        dispatcher.Post(() => gate.Wait(TestWait.Timeout));
        var received = new List<long>();
        Action<S64> throwing = _ => throw new InvalidOperationException("inline state");
        Action<S24> record = s => received.Add(s.B == s.A && s.C == s.A ? s.A : -1);
        for (int i = 0; i < 1_000; i++)
        {
            dispatcher.Post(throwing, S64.Of(-i));
            dispatcher.Post(record, new S24(i, i, i));
        }

        gate.Set();
        dispatcher.Flush();

        Assert.Equal(1_000, dispatcher.Invoke(() => thrown));
        long[] got = dispatcher.Invoke(() => received.ToArray());
        Assert.Equal(1_000, got.Length);
        for (int i = 0; i < got.Length; i++)
        {
            Assert.True(got[i] == i, $"post {i} after a throwing one arrived as {got[i]} (-1: torn)");
        }
    }

    [Fact]
    public void Posts_discarded_at_exit_are_counted_once_each_whatever_their_size()
    {
        using Dispatcher dispatcher = Dispatcher.Start("inline-discard", new DispatcherOptions
        {
            QueuedWorkAtExit = QueuedWorkAtExit.Discard,
            // The iteration that runs the holding callback ends with it, so every later post is left for the exit.
            MaxCallbacksPerIteration = 1,
        });
        using var gate = new ManualResetEventSlim();
        using var holding = new ManualResetEventSlim();
        int ran = 0;
        dispatcher.Post(() =>
        {
            holding.Set();
            gate.Wait(TestWait.Timeout);
        });
        holding.Wait("the loop to hold");
        for (int i = 0; i < 100; i++)
        {
            dispatcher.Post(_ => ran++, new S8(i));
            dispatcher.Post(_ => ran++, S128.Of(i));
            dispatcher.Post(_ => ran++, S136.Of(i));
            dispatcher.Post(_ => ran++, new Box(i));
        }

        dispatcher.Exit();
        gate.Set();
        dispatcher.Completion.Completes("the loop exit");

        Assert.Equal(0, ran);
        Assert.Equal(400, dispatcher.Stats.DiscardedAtExit);
    }

    [Fact]
    public void A_burst_of_inline_states_of_every_size_allocates_nothing_on_either_thread_once_warmed_up()
    {
        using Dispatcher dispatcher = Dispatcher.Start("inline-alloc");
        using var gate = new ManualResetEventSlim();
        using var done = new ManualResetEventSlim();
        long sum = 0;
        long loopBytes = 0;
        long loopStart = 0;
        Action<S8> add8 = s => sum += s.A;
        Action<S24> add24 = s => sum += s.C;
        Action<S64> add64 = s => sum += s.H;
        Action<S128> add128 = s => sum += s.Second.H;
        Action<ManualResetEventSlim> hold = g =>
        {
            g.Wait(TestWait.Timeout);
            loopStart = GC.GetAllocatedBytesForCurrentThread();
        };
        Action<ManualResetEventSlim> finish = d =>
        {
            loopBytes = GC.GetAllocatedBytesForCurrentThread() - loopStart;
            d.Set();
        };

        long Round()
        {
            gate.Reset();
            done.Reset();
            dispatcher.Post(hold, gate);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 2_000; i++)
            {
                dispatcher.Post(add8, new S8(i));
                dispatcher.Post(add24, new S24(i, i, i));
                dispatcher.Post(add64, S64.Of(i));
                dispatcher.Post(add128, S128.Of(i));
            }

            dispatcher.Post(finish, done);
            long posted = GC.GetAllocatedBytesForCurrentThread() - before;
            gate.Set();
            done.Wait("the burst to run");
            return posted;
        }

        // The first bursts grow the queue's ring to hold a whole one; then it is reused.
        for (int warm = 0; warm < 5; warm++)
        {
            Round();
        }

        int rounds = 5;
        long producerBytes = 0;
        SettledAllocation.Measure(() =>
        {
            rounds++;
            producerBytes = Round();
            return producerBytes + Volatile.Read(ref loopBytes);
        });
        Assert.True(producerBytes == 0, $"posting a burst of 8,000 inline states allocated {producerBytes} B on the posting thread");
        Assert.True(Volatile.Read(ref loopBytes) == 0, $"running them allocated {loopBytes} B on the loop");
        Assert.Equal(rounds * 4 * (1_999L * 2_000 / 2), dispatcher.Invoke(() => sum));
    }

    [Fact]
    public void A_reference_state_is_not_kept_by_the_queue_once_its_post_has_run()
    {
        // Driven by RunOnce on this thread: the queue's state slot is the only other holder of the state.
        using var dispatcher = new Dispatcher("state-release");
        int ran = 0;
        WeakReference posted = PostBox(dispatcher, _ => ran++);
        dispatcher.RunOnce();
        Assert.Equal(1, ran);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(posted.IsAlive, "the ring still holds the state of a post that has run");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference PostBox(Dispatcher dispatcher, Action<Box> callback)
    {
        var box = new Box(42);
        dispatcher.Post(callback, box);
        return new WeakReference(box);
    }

    private static string? RoundTrip<T>(Dispatcher dispatcher, Func<int, T> make, Func<T, long> sequenceOf, Func<T, bool> isWhole)
    {
        var received = new List<long>(Posts);
        string? firstBroken = null;
        Action<T> record = state =>
        {
            if (!isWhole(state) && firstBroken is null)
            {
                firstBroken = $"post {received.Count} arrived torn: {state}";
            }

            received.Add(sequenceOf(state));
        };
        using var gate = new ManualResetEventSlim();
        dispatcher.Post(() => gate.Wait(TestWait.Timeout));
        for (int i = 0; i < Posts; i++)
        {
            dispatcher.Post(record, make(i));
            if (i == Posts / 2)
            {
                gate.Set();
            }
        }

        dispatcher.Flush();
        return dispatcher.Invoke(() =>
        {
            if (firstBroken is not null)
            {
                return firstBroken;
            }

            if (received.Count != Posts)
            {
                return $"{received.Count} of {Posts} posts ran";
            }

            for (int i = 0; i < Posts; i++)
            {
                // S1 carries only the low byte of its number.
                long expected = typeof(T) == typeof(S1) ? (byte)i : i;
                if (received[i] != expected)
                {
                    return $"post {i} arrived as {received[i]}";
                }
            }

            return null;
        });
    }

    private readonly record struct S1(byte A);

    private readonly record struct S4(int A);

    private readonly record struct S8(long A);

    private readonly record struct S12(int A, int B, int C);

    private readonly record struct S24(long A, long B, long C);

    private readonly record struct S64(long A, long B, long C, long D, long E, long F, long G, long H)
    {
        public bool IsWhole => B == A && C == A && D == A && E == A && F == A && G == A && H == A;

        public static S64 Of(int i) => new(i, i, i, i, i, i, i, i);
    }

    private readonly record struct S128(S64 First, S64 Second)
    {
        public bool IsWhole => First.IsWhole && Second.IsWhole && Second.A == First.A;

        public static S128 Of(int i) => new(S64.Of(i), S64.Of(i));
    }

    private readonly record struct S136(S128 Inner, long Last)
    {
        public bool IsWhole => Inner.IsWhole && Last == Inner.First.A;

        public static S136 Of(int i) => new(S128.Of(i), i);
    }

    private readonly record struct WithReference(string Text, long Number);

    private sealed record Box(long Value);
}
