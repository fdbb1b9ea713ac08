// Quiet twin of SquadRosterMutableElements: the roster's elements are immutable positional records.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SquadRosterMutableElements;

public sealed record SquadMember(string Id, int Rating);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SquadCache
{
    private readonly Dictionary<string, int> _ratings = new();

    public int RatingOf(string id) => _ratings.GetValueOrDefault(id);

    [WorkerUpdate]
    public void SetRoster(ImmutableArray<SquadMember> roster)
    {
        foreach (SquadMember m in roster) _ratings[m.Id] = m.Rating;
    }
}

public static class SquadSync
{
    public static Task PushAsync(WorkerPool pool, IEnumerable<(string Id, int Rating)> members)
    {
        ImmutableArray<SquadMember>.Builder roster = ImmutableArray.CreateBuilder<SquadMember>();
        foreach (var (id, rating) in members) roster.Add(new SquadMember(id, rating));
        return SquadCache.SetRosterOnAllWorkersAsync(pool, roster.ToImmutable());
    }
}

public static class SquadRules
{
    public const int MaxSize = 5;

    public static bool IsFull(int members) => members >= MaxSize;
}
