// Quiet twin of LeaderboardTopList: the published view is over a copy (ToList), so the field's list is main's own.
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.LeaderboardTopList;

public sealed record ScoreEntry(string PlayerId, string Name, long Score);

public sealed class LeaderboardPublisher
{
    private const int Size = 100;
    private readonly Slot<IReadOnlyList<ScoreEntry>> _slot;
    private readonly List<ScoreEntry> _top = new();

    public LeaderboardPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<IReadOnlyList<ScoreEntry>>();

    public void Submit(IEnumerable<ScoreEntry> results)
    {
        foreach (ScoreEntry entry in results)
        {
            int at = _top.FindIndex(e => e.PlayerId == entry.PlayerId);
            if (at >= 0)
            {
                if (_top[at].Score < entry.Score) _top[at] = entry;
            }
            else
            {
                _top.Add(entry);
            }
        }

        Trim();
        PublishTop();
    }

    private void Trim()
    {
        if (_top.Count <= Size) return;
        var kept = _top.OrderByDescending(e => e.Score).Take(Size).ToArray();
        _top.Clear();
        _top.AddRange(kept);
    }

    private void PublishTop() => _slot.Publish(_top.ToList().AsReadOnly());

    public long ScoreOf(string playerId) => _top.Find(e => e.PlayerId == playerId)?.Score ?? 0;
}
