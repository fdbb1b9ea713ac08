// A rule-set builder whose Build returns its List<string> itself; the result is the state of
// Slot<T>.RunOnAllThreadsAsync<TState>, broadcast to every worker.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Broadcast.Round10.BuilderResultBroadcast;

public sealed class RuleSetBuilder
{
    private readonly List<string> _rules = new();

    public RuleSetBuilder Allow(string rule)
    {
        _rules.Add(rule);
        return this;
    }

    public List<string> Build() => _rules;
}

public sealed class Firewall
{
    public int Rules;
}

public static class Rollout
{
    public static Task Run(Slot<Firewall> slot)
    {
        var rules = new RuleSetBuilder().Allow("10.0.0.0/8").Build();
        return slot.RunOnAllThreadsAsync((fw, r) => fw.Rules = r.Count, rules); // expect: WEFT0007
    }
}
