// Quiet twin of OrderTypesDeferredQuery: the names are materialised into an ImmutableArray.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.OrderTypesDeferredQuery;

public sealed record OrderType(string Name, bool Enabled);

public sealed class GatewayRules
{
    private HashSet<string> _allowed = new();

    public void Allow(IEnumerable<string> types) => _allowed = new HashSet<string>(types);

    public bool IsAllowed(string type) => _allowed.Contains(type);
}

public sealed class OrderTypeAdmin
{
    private readonly Slot<GatewayRules> _rules;
    private readonly List<OrderType> _types = new();

    public OrderTypeAdmin(Slot<GatewayRules> rules) => _rules = rules;

    public void Set(OrderType type)
    {
        _types.RemoveAll(t => t.Name == type.Name);
        _types.Add(type);
    }

    public Task PushAsync()
    {
        IEnumerable<string> enabled = _types.Where(t => t.Enabled).Select(t => t.Name).ToImmutableArray();
        return _rules.RunOnAllThreadsAsync((rules, names) => rules.Allow(names), enabled);
    }
}
