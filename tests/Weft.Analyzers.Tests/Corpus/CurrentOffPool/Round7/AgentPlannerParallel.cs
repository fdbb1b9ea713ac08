// Game AI: a worker plans its agents in parallel; each Parallel.For body asks the published navigation grid for a
// path, reading NavGrid.Current on a pool thread (no value there). Twin: the snapshot is read once on the worker and
// the immutable grid is captured (reading a snapshot on any thread is fine).
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.AgentPlannerParallel;

[ThreadLocalSlot]
public sealed partial class NavGrid
{
    public int Width { get; init; }
    public ImmutableArray<byte> Cost { get; init; }

    public int CostAt(int x, int y) => Cost.IsDefaultOrEmpty ? 1 : Cost[(y * Width + x) % Cost.Length];
}

public sealed class Agent
{
    public int X { get; set; }
    public int Y { get; set; }
    public int NextX { get; set; }

    public void Plan(NavGrid grid)
    {
        int right = grid.CostAt(X + 1, Y);
        int left = grid.CostAt(X - 1, Y);
        NextX = right <= left ? X + 1 : X - 1;
    }
}

public sealed class AiSystem
{
    public void PlanAll(int count)
    {
        var agents = new Agent[count];
        for (int i = 0; i < count; i++) agents[i] = new Agent { X = i, Y = i / 8 };
        Parallel.For(0, agents.Length, i => agents[i].Plan(NavGrid.Current)); // expect: WEFT0005
        foreach (Agent a in agents) a.X = a.NextX;
    }
}
