// A plugin catalog published to every worker (two files): the element type's members are all init-only, so the
// catalog holding them is deeply immutable (quiet twin of PluginCatalog).
namespace Corpus.Immutability.R16.PluginCatalog;

public sealed class PluginInfo
{
    public required string Name { get; init; }
    public required string Route { get; init; }
    public bool Enabled { get; init; }
}
