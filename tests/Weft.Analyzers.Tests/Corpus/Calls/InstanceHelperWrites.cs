// An injected helper object registers defaults into whatever map it is given.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Instance;

public sealed class DefaultsRegistrar
{
    private readonly string _zone;

    public DefaultsRegistrar(string zone) => _zone = zone;

    public void Register(IDictionary<string, string> target) => target["zone"] = _zone;
}

public sealed class ConfigService(Slot<Dictionary<string, string>> slot, DefaultsRegistrar registrar)
{
    public void Apply(Dictionary<string, string> config)
    {
        slot.Publish(config);
        registrar.Register(config); // expect: WEFT0002
    }
}
