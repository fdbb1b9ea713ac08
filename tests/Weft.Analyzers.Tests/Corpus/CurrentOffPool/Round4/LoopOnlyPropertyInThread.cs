// WEFT0005: the user's own [RequiresLoopThread] *property* read inside a new Thread's lambda body.
using System.Threading;
using Weft;

namespace Corpus.Round4.LoopOnlyPropertyInThread;

public static class LoopInfo
{
    [System.ThreadStatic] static int t_index;

    /// <summary>The index of the pool loop this code runs on.</summary>
    [RequiresLoopThread]
    public static int Index => t_index;
}

public sealed class Sampler
{
    public void StartSampling()
    {
        new Thread(() =>
        {
            var index = LoopInfo.Index; // expect: WEFT0005 "Index"
            System.Console.WriteLine("sampling for loop " + index);
        }).Start();
    }
}
