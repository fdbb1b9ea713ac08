// Round 2. The TryGet method hands out a copy of the published list.
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.OutField;

public sealed class Routes(Slot<List<string>> slot)
{
    private List<string>? _published;

    public void Publish(List<string> routes)
    {
        _published = routes;
        slot.Publish(routes);
    }

    public bool TryGetCopy([NotNullWhen(true)] out List<string>? routes)
    {
        routes = _published is null ? null : new List<string>(_published);
        return routes is not null;
    }

    public List<string>? WithFallback()
    {
        if (TryGetCopy(out var routes))
        {
            routes.Add("/*");
        }

        return routes;
    }
}
