// A DNS refresher on main publishing address lists through a slot the program declares over IReadOnlyList<string>,
// fully correct: a scratch list reused for parsing but only its ToArray copy published, a new list built for every
// refresh, copy-on-write for removals (the last published list copied before the edit), a builder reused after
// ToImmutable, and per-iteration fresh objects in a loop that publishes each. Quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.DnsRefresherProgramQuiet;

public sealed class DnsRefresher
{
    private readonly Slot<IReadOnlyList<string>> _addresses;
    private readonly Slot<IReadOnlyList<string>> _search;
    private readonly List<string> _scratch = new();
    private readonly ImmutableArray<string>.Builder _searchBuilder = ImmutableArray.CreateBuilder<string>();
    private List<string> _last = new();

    public DnsRefresher(WorkerPool pool)
    {
        _addresses = pool.AllocateSlot<IReadOnlyList<string>>();
        _search = pool.AllocateSlot<IReadOnlyList<string>>();
    }

    public void Refresh(IEnumerable<string> answers)
    {
        _scratch.Clear();
        foreach (var answer in answers)
        {
            var trimmed = answer.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith(';')) _scratch.Add(trimmed);
        }
        _scratch.Sort(StringComparer.Ordinal);
        var fresh = new List<string>(_scratch.Count);
        fresh.AddRange(_scratch.Distinct(StringComparer.Ordinal));
        _addresses.Publish(fresh);
        _last = fresh;
    }

    public void Forget(string address)
    {
        var next = new List<string>(_last);
        next.Remove(address);
        _addresses.Publish(next);
        _last = next;
    }

    public void SetSearch(IEnumerable<string> domains)
    {
        _searchBuilder.Clear();
        foreach (var domain in domains) _searchBuilder.Add(domain.ToLowerInvariant());
        _search.Publish(_searchBuilder.ToImmutable());
        _searchBuilder.Add("local");
    }

    public void Replay(IEnumerable<string[]> history)
    {
        foreach (var answers in history)
        {
            var list = new List<string>(answers.Length);
            list.AddRange(answers);
            _addresses.Publish(list);
            _last = list;
        }
    }

    public int Published => _last.Count;
}
