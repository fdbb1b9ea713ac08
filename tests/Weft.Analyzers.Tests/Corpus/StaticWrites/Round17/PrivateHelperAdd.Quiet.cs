// Quiet twin of PrivateHelperAdd: the static is a ConcurrentQueue.
using System.Collections.Concurrent;
using Weft;

namespace Corpus.R17.StaticWrites.PrivateHelperAdd;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class SlowLog
{
    private static readonly ConcurrentQueue<string> s_slow = new();
    private int _mine;

    public void OnRequest(string path, int millis)
    {
        _mine++;
        if (millis > 500) Note(path);
    }

    private static void Note(string path)
    {
        s_slow.Enqueue(path);
    }
}
