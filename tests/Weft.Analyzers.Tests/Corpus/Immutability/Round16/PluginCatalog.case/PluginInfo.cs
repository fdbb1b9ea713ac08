// A plugin catalog published to every worker (two files): the catalog's element type lives here. Its Enabled flag has
// a setter, so the catalog that holds these elements is not deeply immutable (reported on the catalog's member in
// the other file, where the slot type is declared).
namespace Corpus.Immutability.R16.PluginCatalog;

public sealed class PluginInfo
{
    public required string Name { get; init; }
    public required string Route { get; init; }
    public bool Enabled { get; set; }
}
