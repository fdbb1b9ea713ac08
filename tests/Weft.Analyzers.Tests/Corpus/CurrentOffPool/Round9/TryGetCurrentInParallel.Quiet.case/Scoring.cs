using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R9.TryGetCurrentInParallel;

public static class Scoring
{
    public static double[] Score(double[][] rows)
    {
        var scores = new double[rows.Length];
        bool have = Weights.TryGetCurrent(out Weights? current);
        Parallel.For(0, rows.Length, i =>
        {
            if (have && current is { } weights)
            {
                double sum = 0;
                for (int j = 0; j < rows[i].Length && j < weights.Values.Length; j++)
                {
                    sum += rows[i][j] * weights.Values[j];
                }

                scores[i] = sum;
            }
        });
        return scores;
    }
}
