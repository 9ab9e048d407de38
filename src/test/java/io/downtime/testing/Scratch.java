package io.downtime.testing;
import io.downtime.model.DeviceOperation;
import io.downtime.runset.*;
import io.downtime.compare.*;
import java.nio.file.*;
import java.util.*;
public class Scratch { public static void main(String[] a) throws Exception {
  int N=Integer.parseInt(a[0]); double noise=Double.parseDouble(a[1]); int runs=Integer.parseInt(a[2]); String sample=a[3];
  boolean inject = a.length>4;
  double[][] configs = {{0.05,100,10},{0.05,100,15},{0.05,100,20},{0.01,100,10},{0.01,100,15}};
  int[] fp = new int[configs.length]; int[] found = new int[configs.length];
  long t0=System.nanoTime();
  for (int seed=0; seed<N; seed++) {
    Path dir = Files.createTempDirectory("fp");
    DerivedRunSets.write(dir.resolve("a"), DerivedRunSets.Recipe.noise(sample, noise), runs, seed*2+1);
    DerivedRunSets.Recipe rb = DerivedRunSets.Recipe.noise(sample, noise);
    if (inject) rb = rb.slower(a[4], DeviceOperation.valueOf(a[5]), 1.3);
    DerivedRunSets.write(dir.resolve("b"), rb, runs, seed*2+2);
    RunSet sa = RunSetLoader.load(List.of(dir.resolve("a").toString()), RunSetOptions.defaults(), d->{});
    RunSet sb = RunSetLoader.load(List.of(dir.resolve("b").toString()), RunSetOptions.defaults(), d->{});
    Comparison c = RunSetComparer.compare("a", sa.figures(), "b", sb.figures(), new Thresholds(0.5, 0, 0), ComparisonMethod.withoutInterval());
    for (int k=0;k<configs.length;k++) {
      double[] cf=configs[k];
      List<FigureComparison> relevant = new ArrayList<>();
      for (FigureComparison f : c.figures()) {
        if (f.change().isEmpty()) continue;
        Change ch=f.change().get();
        if (Math.abs(ch.medianDelta())<cf[1]) continue;
        if (ch.medianDeltaPercent().isPresent() && Math.abs(ch.medianDeltaPercent().getAsDouble())<cf[2]) continue;
        if (MannWhitney.smallestPValue(f.baseline().count(), f.candidate().count())>cf[0]) continue;
        relevant.add(f);
      }
      List<FigureComparison> flagged = new ArrayList<>();
      if (cf.length>3) {
        relevant.sort(Comparator.comparingDouble(f->f.change().get().test().pValue()));
        int K=relevant.size();
        for (int i=0;i<K;i++){ if (relevant.get(i).change().get().test().pValue() <= cf[0]/(K-i)) flagged.add(relevant.get(i)); else break; }
      } else for (FigureComparison f: relevant) if (f.change().get().test().pValue()<=cf[0]) flagged.add(f);
      boolean hit=false; boolean other=false;
      for (FigureComparison f: flagged) { if (inject && f.figure().label().startsWith(a[4]) && f.figure().kind().equals(a[5].equals("SAVE")?"device_save":"device_load")) hit=true; else { other=true; if (k==99) System.out.println("  other: "+f.figure().label()+" "+f.reason()); } }
      if (other) fp[k]++; if (hit) found[k]++;
    }
  }
  for (int k=0;k<configs.length;k++) System.out.println(Arrays.toString(configs[k])+" false-flag comparisons "+fp[k]+"/"+N+(inject? " found "+found[k]+"/"+N:""));
  System.out.println((System.nanoTime()-t0)/1e9+" s");
}}
