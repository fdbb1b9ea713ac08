// Trading on main: the enabled order types are pushed to every worker's gateway; the argument is a deferred LINQ query
// over main's own list (an interface local assigned once: judged by what it holds — an iterator that reads main's
// list every time a worker enumerates it). Reading taken: such a deferred query counts as mutable, and as a view over
// _types, so Set's writes after a push write published data (WEFT0002, per [Published]). Twin: ToImmutableArray.
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
        _types.RemoveAll(t => t.Name == type.Name); // expect: WEFT0002
        _types.Add(type); // expect: WEFT0002
    }

    public Task PushAsync()
    {
        IEnumerable<string> enabled = _types.Where(t => t.Enabled).Select(t => t.Name);
        return _rules.RunOnAllThreadsAsync((rules, names) => rules.Allow(names), enabled); // expect: WEFT0007
    }
}
