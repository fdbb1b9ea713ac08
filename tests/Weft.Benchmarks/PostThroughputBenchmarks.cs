using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Weft.Internal;
using Weft.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// Goal: Dispatcher.Post ≥ 3× Channel&lt;Action&gt; (unbounded, SingleReader) with one producer, ≥ 2× with
/// P = cores − 1 producers (at least 2 here, so contention is measured even on 2 cores). Each invocation posts
/// <see cref="PostsPerInvoke"/> callbacks and waits until the consumer ran the last one.
/// </summary>
/// <remarks>
/// <para>
/// Every case runs in two placements (<see cref="Placement"/>). <c>pinned</c> (Linux; the figure the goals are judged
/// on): the consumer — the channel's reader for the baseline, the dispatcher's loop thread for the candidates — alone
/// on the last CPU the process may use, producer <c>i</c> on the other CPUs in turn (on 2 CPUs both producers of
/// P = 2 share CPU 0); set with <c>sched_setaffinity</c> at the threads' start, the same for baseline and candidate.
/// <c>unpinned</c>: wherever the scheduler puts them, for reference.
/// </para>
/// <para>
/// Why pinned: on a 2-vCPU VM the scheduler sometimes leaves producer and consumer on one vCPU, time-sliced (the
/// consumer drains a millisecond of posts at once from its cache: the channel measured 39 ns a post), and sometimes
/// on two (a cache-line transfer per line written: 160 ns). Which one a run got decided the ratio more than either
/// queue did. A loop thread with a core of its own and producers on other cores is the deployment the goal is about
/// (Envoy's workers each have a core), and it handicaps neither side: both pay the same transfers.
/// <c>POST_PLACEMENT_SAMPLES=1</c> samples where the threads ran (<see cref="ThreadPlacement.Sampler"/>) and prints it
/// per case.
/// </para>
/// </remarks>
[MemoryDiagnoser]
public class PostThroughputBenchmarks
{
    internal const int PostsPerInvoke = 200_000;

    private Dispatcher _dispatcher = null!;
    private Channel<Action> _channel = null!;
    private Thread _channelReader = null!;
    private ManualResetEventSlim _done = null!;
    private Barrier _start = null!;
    private Thread[] _producers = [];
    private volatile bool _stop;
    // The consumer's count of posts still to run, written once per callback: alone on its line pair, away from the
    // fields producers read per post (a shared line would bill both the queue and the channel for the harness's
    // false sharing, not for their own cache traffic).
    private PaddedLong _remaining;
    private Action _countDown = null!;
    private Action<int> _countDownWithState = null!;
    private Action<LargeState> _countDownWithLargeState = null!;
    private CountDownWorkItem _workItem = null!;
    private volatile int _mode;
    private (int Consumer, int[] Producers)? _pins;
    private ThreadPlacement.Sampler? _sampler;
    private volatile int _readerThreadId;
    private volatile int _loopThreadId;

    // Per mode: the producers' own CPU time and the posts they made (warm-up included), for Cleanup's report.
    private readonly long[] _producerCpuNanoseconds = new long[5];
    private readonly long[] _producerPosts = new long[5];

    /// <summary>Placement of the threads: pinned apart (where supported) or left to the scheduler.</summary>
    public const string Pinned = "pinned";

    /// <summary>See <see cref="Pinned"/>.</summary>
    public const string Unpinned = "unpinned";

    /// <summary>Posts per round: <see cref="PostsPerInvoke"/> for BenchmarkDotNet; diagnostics may run shorter rounds.</summary>
    internal int PostsPerRound { get; init; } = PostsPerInvoke;

    /// <summary>The dispatcher the post forms use (diagnostics read its statistics and queue).</summary>
    internal Dispatcher Dispatcher => _dispatcher;

    /// <summary>The producers' own CPU time so far in <paramref name="mode"/> (0 channel, 1–4 the post forms), in nanoseconds.</summary>
    internal long ProducerCpuNanoseconds(int mode) => Interlocked.Read(ref _producerCpuNanoseconds[mode]);

    [ParamsSource(nameof(ProducerCounts))]
    public int Producers { get; set; }

    [ParamsSource(nameof(Placements))]
    public string Placement { get; set; } = Unpinned;

    public static IEnumerable<int> ProducerCounts => new[] { 1, Math.Max(2, Environment.ProcessorCount - 1) }.Distinct();

    /// <summary>Both placements where threads can be pinned apart; LOOP_GOALS_PLACEMENT=pinned|unpinned narrows it.</summary>
    public static IEnumerable<string> Placements =>
        (ThreadPlacement.Supported && ThreadPlacement.Plan(1) is not null ? new[] { Pinned, Unpinned } : new[] { Unpinned })
        .Where(p => Environment.GetEnvironmentVariable("LOOP_GOALS_PLACEMENT") is not { Length: > 0 } only || only == p);

    /// <summary>The CPUs of a pinned case ("consumer on CPU 1, producers on 0"), or "unpinned".</summary>
    public static string DescribePlacement(string placement, int producers) =>
        placement == Pinned && ThreadPlacement.Plan(producers) is { } plan
            ? $"consumer on CPU {plan.Consumer}, producers on {string.Join(", ", plan.Producers)}"
            : Unpinned;

    [GlobalSetup]
    public void Setup()
    {
        _pins = Placement == Pinned ? ThreadPlacement.Plan(Producers) : null;
        if (Environment.GetEnvironmentVariable("POST_PLACEMENT_SAMPLES") == "1" && ThreadPlacement.Supported)
        {
            _sampler = new ThreadPlacement.Sampler();
        }

        _dispatcher = Dispatcher.Start("bench-post");
        // The loop thread pins itself and reports its kernel thread id from a post, before any measured one.
        using (var pinned = new ManualResetEventSlim())
        {
            _dispatcher.Post(() =>
            {
                if (_pins is { } pins)
                {
                    ThreadPlacement.PinCurrentThread(pins.Consumer);
                }

                _loopThreadId = ThreadPlacement.CurrentThreadId();
                pinned.Set();
            });
            // A second one-position post keeps the queue's next position even, as for a dispatcher that has seen only
            // the measured posts: a 64-byte state (two positions) then fills one cache line instead of parts of two.
            _dispatcher.Post(static () => { });
            if (!pinned.Wait(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException("the dispatcher's loop did not run its pinning post within 30 s");
            }
        }

        _channel = Channel.CreateUnbounded<Action>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
        _done = new ManualResetEventSlim();
        _countDown = () =>
        {
            if (--_remaining.Value == 0)
            {
                _done.Set();
            }
        };
        _countDownWithState = _ =>
        {
            if (--_remaining.Value == 0)
            {
                _done.Set();
            }
        };
        _countDownWithLargeState = _ =>
        {
            if (--_remaining.Value == 0)
            {
                _done.Set();
            }
        };
        _workItem = new CountDownWorkItem(this);
        _channelReader = new Thread(ReadChannel) { IsBackground = true, Name = "bench-channel-reader" };
        _channelReader.Start();
        _start = new Barrier(Producers + 1);
        _producers = Enumerable.Range(0, Producers).Select(p => new Thread(() => Produce(p)) { IsBackground = true, Name = $"bench-producer-{p}" }).ToArray();
        foreach (Thread producer in _producers)
        {
            producer.Start();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stop = true;
        _start.SignalAndWait();
        DispatcherStats stats = _dispatcher.Stats;
        if (_mode != 0 && stats.CallbacksRun > 2)
        {
            // Where a post's cost may hide: how often the loop ran dry, parked and had to be woken.
            Console.WriteLine(
                $"    [P={Producers}, {Placement}, mode {_mode}] per 1,000 posts: {1000.0 * stats.Iterations / stats.CallbacksRun:F1} iterations, " +
                $"{1000.0 * stats.Parks / stats.CallbacksRun:F2} parks, {1000.0 * stats.Wakeups / stats.CallbacksRun:F2} wake-ups");
        }

        for (int mode = 0; mode < _producerPosts.Length; mode++)
        {
            if (_producerPosts[mode] != 0)
            {
                // What a post costs the producer thread itself (descheduled time excluded): readable under load.
                Console.WriteLine(
                    $"    [P={Producers}, {Placement}, mode {mode}] producer CPU per post: {(double)_producerCpuNanoseconds[mode] / _producerPosts[mode]:F1} ns");
            }
        }

        if (_sampler is not null)
        {
            _sampler.Dispose();
            Console.WriteLine($"    [P={Producers}, {Placement}, mode {_mode}] {_sampler.Describe()}");
        }

        _dispatcher.Dispose();
        _channel.Writer.Complete();
        _channelReader.Join();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PostsPerInvoke)]
    public void ChannelOfAction() => RunRound(0);

    [Benchmark(OperationsPerInvoke = PostsPerInvoke)]
    public void DispatcherPostAction() => RunRound(1);

    [Benchmark(OperationsPerInvoke = PostsPerInvoke)]
    public void DispatcherPostWithValueState() => RunRound(2);

    [Benchmark(OperationsPerInvoke = PostsPerInvoke)]
    public void DispatcherPostWithLargeState() => RunRound(3);

    [Benchmark(OperationsPerInvoke = PostsPerInvoke)]
    public void DispatcherPostWorkItem() => RunRound(4);

    private void CountDown()
    {
        if (--_remaining.Value == 0)
        {
            _done.Set();
        }
    }

    private void RunRound(int mode)
    {
        _mode = mode;
        _remaining.Value = PostsPerRound;
        _done.Reset();
        _sampler?.SetConsumer(mode == 0 ? _readerThreadId : _loopThreadId);
        if (_sampler is not null)
        {
            _sampler.Measuring = true;
        }

        _start.SignalAndWait();
        _done.Wait();
        if (_sampler is not null)
        {
            _sampler.Measuring = false;
        }
    }

    private void Produce(int index)
    {
        if (_pins is { } pins)
        {
            ThreadPlacement.PinCurrentThread(pins.Producers[index]);
        }

        _sampler?.AddProducer(ThreadPlacement.CurrentThreadId());
        while (true)
        {
            _start.SignalAndWait();
            if (_stop)
            {
                return;
            }

            int share = PostsPerRound / Producers;
            int mode = _mode;
            long cpuBefore = ThreadPlacement.ThreadCpuNanoseconds();
            // What a producer posts is in locals: a field read per post from this object would be a load the queue's
            // fences keep the JIT from hoisting, and one more line to miss on.
            Dispatcher dispatcher = _dispatcher;
            switch (mode)
            {
                case 0:
                    ChannelWriter<Action> writer = _channel.Writer;
                    Action countDownForChannel = _countDown;
                    for (int i = 0; i < share; i++)
                    {
                        writer.TryWrite(countDownForChannel);
                    }

                    break;
                case 1:
                    Action countDown = _countDown;
                    for (int i = 0; i < share; i++)
                    {
                        dispatcher.Post(countDown);
                    }

                    break;
                case 2:
                    Action<int> countDownWithState = _countDownWithState;
                    for (int i = 0; i < share; i++)
                    {
                        dispatcher.Post(countDownWithState, i);
                    }

                    break;
                case 3:
                    Action<LargeState> countDownWithLargeState = _countDownWithLargeState;
                    for (int i = 0; i < share; i++)
                    {
                        dispatcher.Post(countDownWithLargeState, new LargeState(i, i, i, i, i, i, i, i));
                    }

                    break;
                default:
                    CountDownWorkItem workItem = _workItem;
                    for (int i = 0; i < share; i++)
                    {
                        dispatcher.Post(workItem);
                    }

                    break;
            }

            Interlocked.Add(ref _producerCpuNanoseconds[mode], ThreadPlacement.ThreadCpuNanoseconds() - cpuBefore);
            Interlocked.Add(ref _producerPosts[mode], share);
        }
    }

    private void ReadChannel()
    {
        // The same wake-up policy as the dispatcher's loop (DispatcherOptions.SpinCountBeforePark, 20 rounds of
        // SpinWait that never sleep) before it blocks: without it every time the reader runs dry a producer pays for
        // waking a blocked reader, which the loop avoids by spinning first.
        if (_pins is { } pins)
        {
            ThreadPlacement.PinCurrentThread(pins.Consumer);
        }

        _readerThreadId = ThreadPlacement.CurrentThreadId();
        ChannelReader<Action> reader = _channel.Reader;
        int spinRounds = new DispatcherOptions().SpinCountBeforePark;
        while (true)
        {
            while (reader.TryRead(out Action? action))
            {
                action();
            }

            var spinner = default(SpinWait);
            bool arrived = false;
            for (int spin = 0; spin < spinRounds && !arrived; spin++)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
                arrived = reader.TryPeek(out _);
            }

            if (!arrived && !reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                return;
            }
        }
    }

    /// <summary>A 64-byte state: copied into the ring's inline words over two positions (one cache line at an even position).</summary>
    private readonly record struct LargeState(long A, long B, long C, long D, long E, long F, long G, long H);

    /// <summary>One work item posted over and over (as a pooled poster would): no allocation, no closure.</summary>
    private sealed class CountDownWorkItem : IDispatcherWorkItem
    {
        private readonly PostThroughputBenchmarks _owner;

        public CountDownWorkItem(PostThroughputBenchmarks owner) => _owner = owner;

        public void Execute() => _owner.CountDown();
    }
}
