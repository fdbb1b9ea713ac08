// The helper is given the map before it is published, and only reads it afterwards.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Instance;

public sealed class DefaultsRegistrar
{
    private readonly string _zone;

    public DefaultsRegistrar(string zone) => _zone = zone;

    public void Register(IDictionary<string, string> target) => target["zone"] = _zone;

    public bool IsRegistered(IReadOnlyDictionary<string, string> source) => source.ContainsKey("zone");
}

public sealed class ConfigService(Slot<Dictionary<string, string>> slot, DefaultsRegistrar registrar)
{
    public bool Apply(Dictionary<string, string> config)
    {
        registrar.Register(config);
        slot.Publish(config);
        return registrar.IsRegistered(config);
    }
}
