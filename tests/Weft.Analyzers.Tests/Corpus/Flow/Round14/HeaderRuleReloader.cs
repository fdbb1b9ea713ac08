// A proxy's header-rewrite rules, reloaded on main whenever the configuration watcher sends a change, and published
// to the workers through a Slot<List<HeaderRule>> (a slot over a mutable type: the page of WEFT0007 allows a list
// built whole, and WEFT0002 guards it). The reloader reuses one list for every version: it clears and refills it at
// the top of each pass, above the publish in the text, but on the second pass after the first pass's publish. The
// page (WEFT0002, order by flow) says an object an earlier pass published stays published wherever it is still held.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.R14.HeaderRuleReloaderDefect;

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
        var rules = new List<HeaderRule>();
        await foreach (var change in _changes.ReadAllAsync(ct))
        {
            if (change.Ignored)
            {
                continue;
            }

            rules.Clear(); // expect: WEFT0002
            rules.AddRange(Parse(change.Lines)); // expect: WEFT0002
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
