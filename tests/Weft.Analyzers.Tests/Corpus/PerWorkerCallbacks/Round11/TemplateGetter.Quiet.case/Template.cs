// Quiet twin: the template's Create() builds a new instance from the kept settings on every call.
namespace Corpus.R11.TemplateGetterQuiet;

public sealed class Template(int capacity)
{
    public Limiter Create() => new() { Capacity = capacity };
}
