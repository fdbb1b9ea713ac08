// Game server leaderboard: main keeps the top list in a field and publishes a read-only view of it after each batch
// of results. The view is over the field's own list, so the next Submit changes what workers are reading (the field is
// published state: WEFT0002 in Submit, another method of the type). One-token twin: ToList() before AsReadOnly().
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
                if (_top[at].Score < entry.Score) _top[at] = entry; // expect: WEFT0002
            }
            else
            {
                _top.Add(entry); // expect: WEFT0002
            }
        }

        Trim();
        PublishTop();
    }

    private void Trim()
    {
        if (_top.Count <= Size) return;
        var kept = _top.OrderByDescending(e => e.Score).Take(Size).ToArray();
        _top.Clear(); // expect: WEFT0002
        _top.AddRange(kept); // expect: WEFT0002
    }

    private void PublishTop() => _slot.Publish(_top.AsReadOnly());

    public long ScoreOf(string playerId) => _top.Find(e => e.PlayerId == playerId)?.Score ?? 0;
}
