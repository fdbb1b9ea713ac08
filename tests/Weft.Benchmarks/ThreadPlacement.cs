using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// Where the post benchmarks' threads run (Linux only): pins a thread to one CPU with <c>sched_setaffinity</c>, and
/// samples the CPU each thread last ran on (<c>/proc/self/task/&lt;tid&gt;/stat</c>, field 39) to see how the
/// scheduler placed producers and consumer in an unpinned run.
/// </summary>
/// <remarks>
/// Why: on a 2-vCPU VM a producer and its consumer sometimes share one vCPU (time-sliced: the consumer drains what the
/// producer wrote while it was off, with no cache-line transfer) and sometimes run on two (one transfer per line the
/// producer writes). The channel baseline measured 39 ns a post in the first placement and 160 ns in the second, so
/// an unpinned ratio followed the scheduler, not the code. Pinning gives both sides the same placement.
/// </remarks>
internal static unsafe partial class ThreadPlacement
{
    private const string LibC = "libc";

    /// <summary>True where threads can be pinned and their CPU read (Linux).</summary>
    public static bool Supported => OperatingSystem.IsLinux();

    /// <summary>The CPUs this process may run on, in order (the first 64 at most).</summary>
    public static int[] AllowedCpus()
    {
        if (!Supported)
        {
            return [];
        }

        ulong mask = 0;
        if (SchedGetAffinity(0, sizeof(ulong), &mask) != 0)
        {
            return Enumerable.Range(0, Math.Min(64, Environment.ProcessorCount)).ToArray();
        }

        var cpus = new List<int>();
        for (int cpu = 0; cpu < 64; cpu++)
        {
            if ((mask & (1UL << cpu)) != 0)
            {
                cpus.Add(cpu);
            }
        }

        return cpus.ToArray();
    }

    /// <summary>
    /// The placement the pinned runs use: the consumer alone on the last allowed CPU, producer <c>i</c> on the others
    /// in turn (several producers share a CPU when there are fewer CPUs than threads). Null when fewer than two CPUs.
    /// </summary>
    public static (int Consumer, int[] Producers)? Plan(int producers)
    {
        int[] cpus = AllowedCpus();
        if (cpus.Length < 2)
        {
            return null;
        }

        int consumer = cpus[^1];
        int[] others = cpus[..^1];
        return (consumer, Enumerable.Range(0, producers).Select(p => others[p % others.Length]).ToArray());
    }

    /// <summary>Pins the calling thread to <paramref name="cpu"/>; throws when the kernel refuses.</summary>
    public static void PinCurrentThread(int cpu)
    {
        ulong mask = 1UL << cpu;
        if (SchedSetAffinity(0, sizeof(ulong), &mask) != 0)
        {
            throw new InvalidOperationException($"sched_setaffinity(cpu {cpu}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>
    /// CPU time the calling thread has used, in nanoseconds (<c>CLOCK_THREAD_CPUTIME_ID</c>; 0 where unsupported).
    /// Time the thread spent descheduled is not in it, so on a loaded machine it still shows what a post costs the
    /// producer (instructions and the stalls on cache lines the consumer took), where wall time shows the load.
    /// </summary>
    public static long ThreadCpuNanoseconds()
    {
        if (!Supported)
        {
            return 0;
        }

        TimeSpec time;
        return ClockGetTime(ClockThreadCpuTime, &time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;
    }

    /// <summary>The calling thread's kernel id (0 where unsupported).</summary>
    public static int CurrentThreadId() => Supported ? GetTid() : 0;

    /// <summary>The CPU thread <paramref name="tid"/> of this process last ran on, or -1 when it cannot be read.</summary>
    public static int LastCpu(int tid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/self/task/{tid}/stat");
            // Fields after the command name (which may hold spaces) start at field 3; field 39 is "processor".
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[39 - 3], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    /// <summary>
    /// Samples which CPU a consumer and its producers last ran on, every millisecond while <see cref="Measuring"/> is
    /// set, and counts the samples in which the consumer shared a CPU with a producer.
    /// </summary>
    internal sealed class Sampler : IDisposable
    {
        private readonly Thread _thread;
        private readonly List<int> _producers = new();
        private volatile bool _stop;
        private int _consumer;
        private long _samples;
        private long _shared;

        public Sampler()
        {
            _thread = new Thread(Sample) { IsBackground = true, Name = "bench-placement" };
            _thread.Start();
        }

        /// <summary>Set while a measured round runs: only then are the threads' CPUs sampled.</summary>
        public volatile bool Measuring;

        public void SetConsumer(int tid) => Volatile.Write(ref _consumer, tid);

        public void AddProducer(int tid)
        {
            lock (_producers)
            {
                _producers.Add(tid);
            }
        }

        /// <summary>"consumer shared a CPU with a producer in x% of n samples".</summary>
        public string Describe()
        {
            long samples = Interlocked.Read(ref _samples);
            return samples == 0
                ? "no placement samples"
                : string.Create(CultureInfo.InvariantCulture, $"consumer on a producer's CPU in {100.0 * Interlocked.Read(ref _shared) / samples:F0}% of {samples} samples");
        }

        public void Dispose()
        {
            _stop = true;
            _thread.Join();
        }

        private void Sample()
        {
            while (!_stop)
            {
                Thread.Sleep(1);
                int consumer = Volatile.Read(ref _consumer);
                if (!Measuring || consumer == 0)
                {
                    continue;
                }

                int[] producers;
                lock (_producers)
                {
                    producers = _producers.ToArray();
                }

                int consumerCpu = LastCpu(consumer);
                if (consumerCpu < 0)
                {
                    continue;
                }

                Interlocked.Increment(ref _samples);
                if (producers.Any(p => LastCpu(p) == consumerCpu))
                {
                    Interlocked.Increment(ref _shared);
                }
            }
        }
    }

    [LibraryImport(LibC, EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static partial int SchedSetAffinity(int pid, nint cpuSetSize, ulong* mask);

    [LibraryImport(LibC, EntryPoint = "sched_getaffinity", SetLastError = true)]
    private static partial int SchedGetAffinity(int pid, nint cpuSetSize, ulong* mask);

    private const int ClockThreadCpuTime = 3;

    [LibraryImport(LibC, EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, TimeSpec* time);

    [LibraryImport(LibC, EntryPoint = "gettid")]
    private static partial int GetTid();

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
