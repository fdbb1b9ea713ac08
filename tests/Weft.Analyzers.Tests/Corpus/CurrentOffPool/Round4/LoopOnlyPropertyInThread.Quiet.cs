// Quiet twin of LoopOnlyPropertyInThread: the index is read on the loop; the int copy goes to the thread.
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
        var index = LoopInfo.Index;
        new Thread(() =>
        {
            System.Console.WriteLine("sampling for loop " + index);
        }).Start();
    }
}
