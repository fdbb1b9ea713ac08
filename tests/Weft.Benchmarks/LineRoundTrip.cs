using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Weft.Internal;

namespace Weft.Benchmarks;

/// <summary>
/// <c>--line-round-trip [rounds]</c>: what one cache line costs to move between the two CPUs a one-producer post
/// benchmark pins its threads to (producer on one, loop on the other). Two pinned threads hand one line back and forth
/// (each waits for the other's write, then writes): one round trip is two transfers. The figure bounds a one-producer
/// queue from below: every line of cells a producer writes has been read (and cleared) by the consumer a lap earlier,
/// and the claim's full fence waits for that line to come back before the next post.
/// </summary>
internal static class LineRoundTrip
{
    private const int TripsPerRound = 200_000;

    private static PaddedLong s_line;

    public static void Run(int rounds)
    {
        if (ThreadPlacement.Plan(1) is not { } plan)
        {
            Console.WriteLine("line round trip: needs two CPUs to pin to (Linux)");
            return;
        }

        int producerCpu = plan.Producers[0];
        Console.WriteLine($"line round trip: CPU {producerCpu} <-> CPU {plan.Consumer}, {TripsPerRound:N0} round trips a round, load average {LoopGoals.LoadAverage()}");
        var perTrip = new double[rounds];
        for (int round = 0; round < rounds; round++)
        {
            Volatile.Write(ref s_line.Value, 0);
            var responder = new Thread(() => Respond(plan.Consumer)) { IsBackground = true, Name = "line-responder" };
            responder.Start();
            ThreadPlacement.PinCurrentThread(producerCpu);
            while (Volatile.Read(ref s_line.Value) != 1)
            {
                Thread.SpinWait(1);
            }

            var clock = Stopwatch.StartNew();
            for (long value = 2; value < 2 + (2L * TripsPerRound); value += 2)
            {
                Volatile.Write(ref s_line.Value, value);
                while (Volatile.Read(ref s_line.Value) != value + 1)
                {
                    Spin();
                }
            }

            clock.Stop();
            if (!responder.Join(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException("the responding thread did not finish its round trips within 30 s");
            }

            perTrip[round] = clock.Elapsed.TotalNanoseconds / TripsPerRound;
            Console.WriteLine($"  round {round + 1}: {perTrip[round]:F1} ns per round trip ({perTrip[round] / 2:F1} ns per transfer)");
        }

        double[] sorted = perTrip.Order().ToArray();
        Console.WriteLine($"median {sorted[sorted.Length / 2]:F1} ns per round trip, spread {sorted[0]:F1}–{sorted[^1]:F1}; load average at end: {LoopGoals.LoadAverage()}");
    }

    // LINE_RTT_PAUSE=1: a pause instruction per look (as a spinning loop does), not a bare reload.
    private static readonly bool s_pause = Environment.GetEnvironmentVariable("LINE_RTT_PAUSE") == "1";

    private static void Spin()
    {
        if (s_pause && System.Runtime.Intrinsics.X86.X86Base.IsSupported)
        {
            System.Runtime.Intrinsics.X86.X86Base.Pause();
        }
    }

    private static void Respond(int cpu)
    {
        ThreadPlacement.PinCurrentThread(cpu);
        Volatile.Write(ref s_line.Value, 1);
        for (long value = 2; value < 2 + (2L * TripsPerRound); value += 2)
        {
            while (Volatile.Read(ref s_line.Value) != value)
            {
                Spin();
            }

            Volatile.Write(ref s_line.Value, value + 1);
        }
    }
}
