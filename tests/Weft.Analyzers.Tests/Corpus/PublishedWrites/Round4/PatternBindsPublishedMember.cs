// After publishing a proxy configuration the code binds its members with a list pattern and a property pattern (in an
// `if` and in a `switch` case) and writes through the bound variables. Those variables alias objects placed inside
// the published configuration (WEFT0002: an alias, a collection placed inside it).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.PatternBindsPublishedMember;

public sealed class ListenerEntry
{
    public string Address { get; set; } = "";
    public int Port { get; set; }
}

public sealed class AdminEntry
{
    public bool Enabled { get; set; }
    public string? Token { get; set; }
}

public sealed class ProxyConfig
{
    public List<ListenerEntry> Listeners { get; } = new();
    public AdminEntry? Admin { get; set; }
}

public sealed class ConfigLoader
{
    private readonly Slot<ProxyConfig> _slot;

    public ConfigLoader(WorkerPool pool) => _slot = pool.AllocateSlot<ProxyConfig>();

    public async Task LoadAsync(ProxyConfig config, bool redact)
    {
        await _slot.PublishAsync(config);
        if (config is { Listeners: [var first, ..] } && first.Port == 0)
        {
            first.Port = 8080; // expect: WEFT0002
        }

        switch (config)
        {
            case { Admin: { Enabled: true } admin } when redact:
                admin.Token = null; // expect: WEFT0002
                break;
            case { Listeners.Count: > 4, Listeners: var many }:
                many.RemoveRange(4, many.Count - 4); // expect: WEFT0002
                break;
        }
    }
}
