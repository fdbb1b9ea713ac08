using System;
using System.Globalization;
using System.Linq;
using Xunit.Abstractions;

namespace Weft.Tests.Simulation;

/// <summary>
/// Deterministic simulation of a whole pool on one thread (see <see cref="SlotSimulation"/>). A failure prints the
/// seed, the command that replays it and the operation log.
/// </summary>
public sealed class SlotSimulationTests(ITestOutputHelper output)
{
    private const int Runs = 40;
    private const int OperationsPerRun = 2_500;

    [Fact]
    public void Seeded_runs_of_100_000_random_operations_keep_every_invariant()
    {
        int operations = 0;
        int iterations = 0;
        int timers = 0;
        for (int seed = 1; seed <= Runs; seed++)
        {
            var simulation = new SlotSimulation(seed, OperationsPerRun);
            simulation.Run();
            operations += simulation.OperationsIssued;
            iterations += simulation.LoopIterations;
            timers += simulation.TimersArmed;
        }

        output.WriteLine($"{Runs} seeds: {operations} operations, {iterations} loop iterations, {timers} timers armed");
        Assert.True(operations >= 100_000, $"only {operations} operations were simulated");
    }

    [Fact]
    public void Replays_the_seed_from_WEFT_SIM_SEED()
    {
        int seed = ReadSetting("WEFT_SIM_SEED", 20_261_129);
        int operations = ReadSetting("WEFT_SIM_OPERATIONS", OperationsPerRun);
        output.WriteLine($"seed {seed}, {operations} operations");
        var simulation = new SlotSimulation(seed, operations);
        try
        {
            simulation.Run();
        }
        finally
        {
            // WEFT_SIM_LOG=path keeps the operation log of a passing run too.
            if (Environment.GetEnvironmentVariable("WEFT_SIM_LOG") is { Length: > 0 } path)
            {
                System.IO.File.WriteAllLines(path, simulation.OperationLog);
            }
        }
    }

    [Fact]
    public void A_seed_replays_exactly()
    {
        var first = new SlotSimulation(7, 1_000);
        first.Run();
        var second = new SlotSimulation(7, 1_000);
        second.Run();
        Assert.Equal(first.OperationLog.Count, second.OperationLog.Count);
        int differing = Enumerable.Range(0, first.OperationLog.Count).FirstOrDefault(i => first.OperationLog[i] != second.OperationLog[i], -1);
        Assert.True(differing < 0, $"line {differing} differs: '{(differing < 0 ? "" : first.OperationLog[differing])}' vs '{(differing < 0 ? "" : second.OperationLog[differing])}'");
    }

    private static int ReadSetting(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
