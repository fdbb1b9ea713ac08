// Quiet twin of TopicHitsNestedLambda: the nested lambda adds with Interlocked.Add.
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.TopicHitsNestedLambda;

public static class TopicStats
{
    public static long s_hits;
    public static long s_topics;

    public static long Hits => Interlocked.Read(ref s_hits);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HitTable
{
    private readonly Dictionary<string, int> _hits = new();

    public void Hit(string topic) => _hits[topic] = _hits.GetValueOrDefault(topic) + 1;

    [WorkerUpdate]
    public void Report(int minHits)
    {
        List<KeyValuePair<string, int>> hot = _hits.Where(h => h.Value >= minHits).ToList();
        hot.ForEach(h => Interlocked.Add(ref TopicStats.s_hits, h.Value));
        Interlocked.Add(ref TopicStats.s_topics, hot.Count);
        _hits.Clear();
    }
}

public static class TopicReport
{
    public static string Describe() => $"{TopicStats.Hits} hits on {Interlocked.Read(ref TopicStats.s_topics)} topics";

    public static bool IsBusy(long hits, long topics) => topics > 0 && hits / topics > 1000;
}
