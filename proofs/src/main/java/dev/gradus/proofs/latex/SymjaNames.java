package dev.gradus.proofs.latex;

import java.util.Set;

/**
 * The lower-case names that Symja's relaxed parser reads as its own symbols or aliases rather
 * than as a fresh variable (multi-letter names are case-insensitive there: {@code Beta}, {@code beta}
 * and {@code BETA} all mean the Beta function). A variable taken from LaTeX must not be one of them:
 * {@code p_i} would otherwise be Pi, {@code \beta} the Beta function, {@code \text{out}} Symja's Out.
 *
 * <p>Generated from Symja 3.0.0's own tables of predefined symbols and aliases, keeping the names
 * that the parser does turn into built-ins; {@code SymjaNamesTest} checks the list against Symja
 * (so that an upgrade that adds names fails a test rather than silently renaming a variable).
 * Kept here as data because the command line splits LaTeX without loading Symja.
 */
final class SymjaNames {
    private static final Set<String> NAMES = Set.of("""
            aastriangle abort abs absarg absolutecorrelation absolutetime absolutetiming accumulate acos
            acosh acsc acsch addsides addto addtoclasspath adjacencymatrix adjugate airyai airyaiprime airybi
            airybiprime algebraicnumber algebraics all allowedheads allowshortcontext alltrue alphabet
            alternatives ambientlight and anglevector annotation annuity annuitydue antihermitianmatrixq
            antisymmetric antisymmetricmatrixq anytrue apart appellf1 append appendto apply applysides arccos
            arccosh arccot arccoth arccsc arccsch arclength arcsec arcsech arcsin arcsinh arctan arctanh area
            arg argmax argmin arithmeticgeometricmean array arraydepth arrayflatten arraypad arrayplot arrayq
            arrayreshape arrayrules arrays arrow arrowheads asatriangle asec asech asin asinh aspectratio
            associateto association associationmap associationq associationthread assuming assumptions atan
            atanh atomq attributes automatic avogadroconstant axes axeslabel axesorigin axesstyle axis
            background ball barchart barorigin bartlettwindow basedecode baseencode baseform beep begin
            beginpackage begintestsection bellb belly bernoullib bernoullidistribution bernoulliprocess
            bernsteinbasis besseli besselj besseljzero besselk bessely besselyzero beta betadistribution
            betaregularized betweennesscentrality bezierfunction binarydeserialize binarydistance binaryread
            binaryserialize binarywrite bincounts binomial binomialdistribution binomialprocess biosequence
            biosequenceq biosequencetranscribe biosequencetranslate bitlength black blackmanharriswindow
            blackmannuttallwindow blackmanwindow blank blanknullsequence blanksequence block blue bohrradius
            boole booleanconvert booleanfunction booleanmaxterms booleanminimize booleanminterms booleanq
            booleans booleantable booleanvariables bottom boxed boxratios boxwhiskerchart braycurtisdistance
            break brown brownianbridgeprocess bsplinefunction button byte bytearray bytearrayq
            bytearraytostring bytecount canberradistance cancel cancelbutton carlsonrc carlsonrd carlsonrf
            carlsonrg carlsonrj carmichaellambda cartesianproduct cases catalan catalannumber catch catenate
            cauchydistribution cdf ceiling center centerdot centralmoment cform character characterencoding
            characteristicpolynomial characterrange characters chebyshevt chebyshevu check checkabort
            chessboarddistance chineseremainder chisquaredistribution choleskydecomposition chop circle
            circledot circlepoints circletimes clear clearall clearattributes clebschgordan clip close
            closenesscentrality cmycolor coefficient coefficientarrays coefficientlist coefficientrules
            cofactor collect collinearpoints colon colordata colorfunction column commonest compatibleunitq
            compile compiledfunction compileprint complement completegraph complex complexes complexexpand
            complexinfinity complexityfunction complexplot3d composelist composeseries compositeq composition
            compoundexpression condition conditionalexpression cone conjugate conjugatetranspose
            connectedgraphq constant constantarray containsall containsany containsexactly containsnone
            containsonly context continue continuedfraction contourplot convergents convexhullmesh
            coordinateboundingbox coordinatebounds coplanarpoints coprimeq correlation correlationdistance
            cos cosh coshintegral cosinedistance cosintegral cot coth count countdistinct counts covariance
            createdirectory createfile cross csc csch cube cuberoot cuboid curl cyan cyclegraph cycles
            cyclotomic cylinder dashed dashing datarange dataset dateobject datestring datevalue decrement
            dedekindnumber default defaultbutton defaultvalue defer definition degree degreelexicographic
            degreereverselexicographic delete deletecases deleteduplicates deleteduplicatesby deletemissing
            delimiters denominator densityhistogram densityplot depth derivative designmatrix det diagonal
            diagonalmatrix diagonalmatrixq dialoginput dialognotebook dialogreturn dicedissimilarity diff
            differencedelta differences digitcharacter digitcount digitq dimensions diracdelta directededge
            directededges directedinfinity direction directionallight directive dirichleteta dirichletwindow
            discretedelta discreteplot discreteuniformdistribution discriminant disjointq disk dispatch
            displayform displayfunction disputed distancefunction distribute distributed div divergence
            divide divideby dividesides divisible divisors divisorsigma divisorsum do dodecahedron dot
            dotdashed dotted downvalues drop dsolve dt duplicatefreeq dynamic eastersunday echo echofunction
            edgecount edgeform edgelabels edgelist edgeq edgerules edgeshapefunction edgestyle edgeweight
            editdistance effectiveinterest eigensystem eigenvalues eigenvectorcentrality eigenvectors element
            elementdata eliminate eliminationorder ellipsoid elliptice ellipticf elliptick ellipticpi
            elliptictheta end endoffile endofline endofstring endpackage endtestsection entity entropy equal
            equalto equivalent erf erfc erfi erlangdistribution euclideandistance eulere eulergamma
            euleriangraphq eulerphi evalf evaluate evenq exactnumberq except exists exit exp expand expandall
            expectation expintegrale expintegralei exponent exponentialdistribution export exportstring
            expression exptotrig extendedgcd extension extract factor factorial factorial2 factorialpower
            factorinteger factorsquarefree factorsquarefreelist factorterms factortermslist false fibonacci
            file fileformat filehash filenamejoin filenames filenametake fileprint filling fillingstyle
            filterrules findclusters findcycle findedgecover findeuleriancycle findfit findgraphcommunities
            findgraphisomorphism findhamiltoniancycle findindependentedgeset findindependentvertexset
            findinstance findlinearrecurrence findmaximum findminimum findpermutation findroot
            findshortestpath findshortesttour findspanningtree findvertexcover first firstcase firstposition
            fit fittedmodel fivenum fixedpoint fixedpointlist flat flatten flattenat flattopwindow float
            floor fold foldlist for forall formbox fourier fourierdct fourierdctmatrix fourierdst
            fourierdstmatrix fouriermatrix fractionalpart fractionbox fratiodistribution frechetdistribution
            freeq fresnelc fresnels frobeniusnumber frobeniussolve fromcharactercode fromcontinuedfraction
            fromdigits fromletternumber frompolarcoordinates fromromannumeral fromsphericalcoordinates full
            fullform fullsimplify function functiondomain functionexpand functionrange functionurl gamma
            gammadistribution gammaregularized gather gatherby gaussianintegers gaussianmatrix gaussianwindow
            gcd gegenbauerc general generateconditions geodesydata geodistance geometricdistribution
            geometricmean geometrictransformation geoposition get glaisher goldenangle goldenratio
            gompertzmakehamdistribution grad graph graphcenter graphcomplement graphdata graphdiameter
            graphdifference graphdisjointunion graphics graphics3d graphics3djson graphicscomplex
            graphicsgroup graphicsjson graphintersection graphperiphery graphq graphradius graphunion gray
            graylevel greater greaterequal greaterequalthan greaterthan green groebnerbasis groupby
            gudermannian gumbeldistribution hamiltoniangraphq hammingdistance hammingwindow hankelh1 hankelh2
            hannwindow harmonicmean harmonicnumber haversine head heads heavisidetheta hermiteh
            hermitianmatrixq hessenbergdecomposition hexidecimalcharacter hilbertmatrix histogram hodgedual
            hold holdall holdallcomplete holdcomplete holdfirst holdform holdpattern holdrest horner
            hornerform hue hurwitzlerchphi hurwitzzeta hypercubegraph hyperfactorial hypergeometric0f1
            hypergeometric1f1 hypergeometric1f1regularized hypergeometric2f1 hypergeometric2f1regularized
            hypergeometricdistribution hypergeometricpfq hypergeometricpfqregularized hypergeometricu
            icosahedron identity identitymatrix if ignorecase im image imagechannels imagecolorspace
            imagecrop imagedata imagedimensions imageq imageresize imagerotate imagescaled imagesize
            imagetype implicitd implies import importstring in increment indeterminate indexgraph inequality
            inexactnumberq infinity infix information inherited inner input inputfield inputform inputstream
            inputstring insert insertionfunction installjava instanceof int integer integerdigits
            integerexponent integerlength integername integerpart integerpartitions integerq integers
            integrate interpolatingfunction interpolatingpolynomial interpolation interpolationorder
            interquartilerange interrupt intersectingq intersection interval intervalcomplement intervaldata
            intervalintersection intervalmemberq intervalunion inverse inversebetaregularized inversecdf
            inverseerf inverseerfc inversefourier inversefunction inversegammaregularized inversegudermannian
            inversehaversine inversejacobicd inversejacobicn inversejacobidc inversejacobidn inversejacobinc
            inversejacobind inversejacobisc inversejacobisd inversejacobisn inverselaplacetransform
            inverseseries inverseweierstrassp inverseztransform isomorphicgraphq jaccarddissimilarity
            jacobiamplitude jacobicd jacobicn jacobidc jacobidn jacobiepsilon jacobimatrix jacobinc jacobind
            jacobip jacobisc jacobisd jacobisn jacobisymbol jacobizeta javaclass javaform javanew javaobject
            javaobjectq javashow join joined jsform jsformdata kelvinbei kelvinber key keyabsent keyexistsq
            keys keyselect keysort keytake khinchin kleininvariantj knownunitq kolmogorovsmirnovtest
            korderlesspartitions kpartitions kroneckerdelta kroneckerproduct kurtosis labeled
            labelingfunction labelingsize laguerrel lambertw laplacetransform large last lcm leafcount
            leastsquares left legendrep legendreq length lengthwhile lerchphi less lessequal lessequalthan
            lessthan lettercharacter lettercounts letternumber letterq level levelq levicivitatensor
            lexicographic lightblue lightbrown lightcyan lightgray lightgreen lighting lightmagenta
            lightorange lightpink lightpurple lightred lightyellow limit line linearmodelfit
            linearoptimization linearprogramming linearrecurrence linearsolve linearsolvefunction linegraph
            liouvillelambda list listable listcontourplot listconvolve listcorrelate listdensityplot
            listlineplot listlineplot3d listloglinearplot listloglogplot listlogplot listplot listplot3d
            listpointplot3d listpolarplot listq liststreamplot listvectorplot literal ln loadjavaclass locked
            log log10 log2 loggamma logicalexpand logintegral logisticsigmoid loglinearplot loglogplot
            lognormaldistribution logplot longest longform lookup lowercaseq lowertriangularize
            lowertriangularmatrixq lucasl ludecomposition machinenumberq magenta makeboxes mangoldtlambda
            manhattandistance manipulate mantissaexponent map mapall mapat mapindexed mapthread
            matchingdissimilarity matchq mathmlform matrices matrixd matrixexp matrixform matrixfunction
            matrixlog matrixminimalpolynomial matrixplot matrixpower matrixq matrixrank max maxfilter
            maximize maxiterations maxmemoryused maxpoints mean meandeviation meanfilter median medianfilter
            medium meijerg memberq memoryavailable memoryinuse mersenneprimeexponent mersenneprimeexponentq
            mesh meshrange message messagename messages method min minfilter minimalpolynomial minimize
            minmax minor minors minus missing missingq mod modularinverse module modulus moebiusmu
            monomiallist monomialorder most multinomial multiplicativeorder multiplysides
            nakagamidistribution nameq names nand nd ndsolve nearest nearestto needs negative
            negativedegreelexicographic negativedegreereverselexicographic negativeintegers
            negativelexicographic negativerationals negativereals nest nestlist nestwhile nestwhilelist
            newlimit nextprime nfouriertransform nholdall nholdfirst nholdrest nintegrate nmaximize nminimize
            noncommutativemultiply none nonetrue nonexistent nonnegative nonnegativeintegers
            nonnegativerationals nonnegativereals nonpositive nor norm normal normaldistribution normalize
            normalmatrixq not notapplicable notavailable notelement nothing notlistq now nroots nsolve
            nthroot null nullspace number numberfieldrootsofunity numberlineplot numberq numberstring
            numerator numericalorder numericalsort numericarray numericarrayq numericarraytype
            numericfunction numericq nuttallwindow octahedron oddq off on oneidentity opacity openappend
            openread openwrite operate optimizeexpression optional options optionspattern optionvalue or
            orange order orderedq ordering orderless orthogonalize orthogonalmatrixq out outer outputform
            outputstream overflow overlaps overscript overscriptbox ownvalues package padeapproximant padleft
            padright parallelmap parametricplot parenthesis paretodistribution part partition partitionsp
            partitionsq parzenwindow pathgraph pathgraphq pattern patternorder patterntest paulimatrix pause
            pdf pearsonchisquaretest pearsoncorrelationtest perfectnumber perfectnumberq perimeter
            permutationcycles permutationcyclesq permutationlist permutationlistq permutationreplace
            permutations permute petersengraph pi pick piecewise piecewiseexpand piechart pink planargraph
            planargraphq plot plot3d plotlegends plotrange plotstyle plus plusminus pochhammer point
            pointlight pointsize poissondistribution poissonprocess polarplot polygamma polygon
            polygonalnumber polyhedron polylog polynomialextendedgcd polynomialgcd polynomiallcm polynomialq
            polynomialquotient polynomialquotientremainder polynomialremainder position positive
            positiveintegers positiverationals positivereals possiblezeroq postfix power powerexpand powermod
            precedenceform precision precisiongoal predecrement prefix preincrement prepend prependto prime
            primeomega primepi primepowerq primeq primes primitiveroot primitiverootlist principalcomponents
            print printableasciiq prism probability product productlog projection protect protected
            pseudoinverse purple put pyramid qrdecomposition quadraticirrationalq quantile quantity
            quantitydistribution quantitymagnitude quantityq quantityunit quarticsolve quartiles quiet quit
            quotient quotientremainder radicalbox ramp ramseynumber randomchoice randomcomplex randomgraph
            randominteger randompermutation randomprime randomreal randomsample randomvariate range rankedmax
            rankedmin rational rationalize rationals rawboxes re read readlist readprotected readstring real
            realabs realdigits reals realsign realvaluednumberq realvaluednumericq reap record
            recordseparators rectangle red reduce refine regularexpression reim releasehold remove
            removediacritics repeated repeatednull repeatedtiming replace replaceall replacelist replacepart
            replacerepeated rescale rest resultant return reverse rgbcolor riccatisolve riffle right
            rightcomposition rogerstanimotodissimilarity romannumeral root rootintervals rootof rootreduce
            roots rotateleft rotateright rotationmatrix rotationtransform round row rowbox rowreduce rsolve
            rsolvevalue rule ruledelayed run russellraodissimilarity sameobjectq sameq sametest sastriangle
            satisfiabilitycount satisfiabilityinstances satisfiableq sawtoothwave scale scaled
            scalingfunctions scalingtransform scan schurdecomposition sec sech second seedrandom select
            selectfirst semanticimport semanticimportstring sequence sequencecases sequencehold
            sequencereplace sequencesplit series seriescoefficient seriesdata set setattributes setdelayed
            setsystemoptions share shearingtransform short shortest show sign signature signcmp simplex
            simplify sin sinc singularvaluedecomposition singularvaluelist sinh sinhintegral sinintegral
            sixjsymbol skewness slot slotabsent slotsequence small sokalsneathdissimilarity solve sort sortby
            sow span sparsearray specularity sphere sphericalbesselj sphericalbessely sphericalhankelh1
            sphericalhankelh2 sphericalharmonicy split splitby spotlight sqrt sqrtbox
            squaredeuclideandistance squarefreeq squarematrixq ssstriangle stack stackbegin standarddeviation
            standardform standardize stargraph startofline startofstring staticsvisible stieltjesgamma
            stirlings1 stirlings2 streamplot strict string stringcases stringcontainsq stringcount stringdrop
            stringexpression stringform stringformat stringfreeq stringinsert stringjoin stringlength
            stringmatchq stringpart stringposition stringq stringrepeat stringreplace stringreverse
            stringriffle stringsplit stringtake stringtemplate stringtobytearray stringtostream stringtrim
            structure struveh struvel studenttdistribution style styleform subdivide subfactorial subscript
            subscriptbox subsetq subsets subsuperscript subsuperscriptbox subtract subtractfrom subtractsides
            sum summary superscript superscriptbox surd surfacearea surfacegraphics survivalfunction switch
            symbol symbolname symbolq symmetric symmetricmatrixq syntaxlength syntaxq systemdialoginput
            systemoptions table tablealignments tabledepth tabledirections tableform tableheadings
            tablespacing tagset tagsetdelayed take takelargest takelargestby takesmallest takesmallestby
            takewhile tally tan tanh targetfunctions tautologyq taylor templateapply templateexpression
            templateif templateslot tensordimensions tensorproduct tensorrank tensorsymmetry testid
            testreport testreportobject testresultobject tetrahedron texform text textcell textelement
            textstring textstructure thickness thread threejsymbol through throw ticks ticksstyle
            timeconstrained timeobject timeremaining times timesby timevalue timing tiny toboxes
            tocharactercode today toeplitzmatrix toexpression together tointervaldata tolowercase toolarge
            top topolarcoordinates toradicals tosphericalcoordinates tostring total tounicode touppercase tr
            trace traceform traditionalform transformationfunction translationtransform transliterate
            transpose treeform triangle trig trigexpand trigreduce trigsimplifyfu trigtoexp true trueq trunc
            ttest tube tukeywindow tuples twowayrule undefined underflow underoverscript underoverscriptbox
            underscript underscriptbox undirectededge unequal unequalto unevaluated uniformdistribution union
            unique unitarymatrixq unitconvert unitize unitstep unittriangle unitvector universeage unknown
            unprotect unsameq unset uppercaseq uppertriangularize uppertriangularmatrixq upset upsetdelayed
            upto upvalues urlfetch usetypechecking valueq values vandermondematrix variable variables
            variance vectorangle vectorgreater vectorgreaterequal vectorless vectorlessequal vectorplot
            vectorq vectors verbatim verificationtest vertexeccentricity vertexlabels vertexlist vertexq
            vertexshapefunction vertexsize vertexstyle viewpoint volume weaklyconnectedgraphq webere
            weibulldistribution weierstrasshalfperiods weierstrassinvariants weierstrassp weierstrasspprime
            weightedadjacencymatrix weighteddata weightedgraphq wheelgraph which while white whitespace
            whitespacecharacter whittakerm whittakerw with word wordboundary wordcharacter wordseparators
            write writestring xnor xor yellow yuledissimilarity zerosymmetric zerotest zeta ztransform
            """.strip().split("\\s+"));

    private SymjaNames() {}

    /** Whether Symja reads this lower-case name as one of its own. */
    static boolean contains(String lowerCaseName) {
        return NAMES.contains(lowerCaseName);
    }

    /** Every name (for the test that compares the list with Symja). */
    static Set<String> all() {
        return NAMES;
    }
}
