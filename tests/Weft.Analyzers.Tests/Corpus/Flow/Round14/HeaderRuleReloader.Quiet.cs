// Quiet twin of HeaderRuleReloader: each pass builds its own list, so the pass's writes come before that list's
// publish and nothing a previous pass published is written again.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.R14.HeaderRuleReloaderQuiet;

public enum RuleAction
{
    Set,
    Append,
    Remove,
}

public sealed record HeaderRule(string Header, RuleAction Action, string? Value, int Order);

public sealed record ConfigChange(string Source, IReadOnlyList<string> Lines, bool Ignored);

public sealed class HeaderRuleReloader
{
    private readonly Slot<List<HeaderRule>> _slot;
    private readonly ChannelReader<ConfigChange> _changes;
    private int _rejected;

    public HeaderRuleReloader(Slot<List<HeaderRule>> slot, ChannelReader<ConfigChange> changes)
    {
        _slot = slot;
        _changes = changes;
    }

    public int Rejected => _rejected;

    public async Task RunAsync(CancellationToken ct)
    {
        await foreach (var change in _changes.ReadAllAsync(ct))
        {
            if (change.Ignored)
            {
                continue;
            }

            var rules = new List<HeaderRule>();
            rules.AddRange(Parse(change.Lines));
            await _slot.PublishAsync(rules);
        }
    }

    private IEnumerable<HeaderRule> Parse(IReadOnlyList<string> lines)
    {
        var parsed = new List<HeaderRule>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var parts = lines[i].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !Enum.TryParse<RuleAction>(parts[0], ignoreCase: true, out var action))
            {
                _rejected++;
                continue;
            }

            parsed.Add(new HeaderRule(parts[1], action, parts.Length > 2 ? parts[2] : null, i));
        }

        parsed.Sort((a, b) => a.Order.CompareTo(b.Order));
        return parsed;
    }
}
