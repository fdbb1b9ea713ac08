// Quiet twin of MatchQueue: the re-queue jitter is drawn from Random.Shared, which is safe to use from every worker at
// once.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.StaticWrites.R14.MatchQueueQuiet;

public sealed record Ticket(string Player, int Skill, long EnqueuedAtMs, long NotBeforeMs);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MatchQueue
{
    private const int BracketWidth = 100;
    private readonly SortedDictionary<int, List<Ticket>> _brackets = new();

    public int Waiting => _brackets.Values.Sum(b => b.Count);

    public void Enqueue(Ticket ticket)
    {
        int bracket = ticket.Skill / BracketWidth;
        if (!_brackets.TryGetValue(bracket, out var tickets))
        {
            _brackets[bracket] = tickets = new List<Ticket>();
        }

        tickets.Add(ticket);
    }

    public void Requeue(Ticket ticket, long nowMs)
    {
        int jitterMs = Random.Shared.Next(50, 250);
        Enqueue(ticket with { NotBeforeMs = nowMs + jitterMs });
    }

    public List<(Ticket A, Ticket B)> Pair(long nowMs)
    {
        var pairs = new List<(Ticket, Ticket)>();
        var ready = _brackets
            .SelectMany(b => b.Value)
            .Where(t => t.NotBeforeMs <= nowMs)
            .OrderBy(t => t.Skill)
            .ToList();

        for (int i = 0; i + 1 < ready.Count; i++)
        {
            var (a, b) = (ready[i], ready[i + 1]);
            long waited = nowMs - Math.Min(a.EnqueuedAtMs, b.EnqueuedAtMs);
            int window = BracketWidth + (int)Math.Min(waited / 1000 * 25, 500);
            if (b.Skill - a.Skill <= window)
            {
                pairs.Add((a, b));
                Remove(a);
                Remove(b);
                i++;
            }
        }

        return pairs;
    }

    [WorkerUpdate]
    public void Cancel(string player)
    {
        foreach (var tickets in _brackets.Values)
        {
            tickets.RemoveAll(t => t.Player == player);
        }
    }

    private void Remove(Ticket ticket)
    {
        if (_brackets.TryGetValue(ticket.Skill / BracketWidth, out var tickets))
        {
            tickets.Remove(ticket);
        }
    }
}
